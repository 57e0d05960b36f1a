import { extractEntities } from "./src/analyze/entities.ts";
console.log(extractEntities(`Do you think it can serve as President?" Forty-three, yes; forty-four, no.`).map(e=>e.text));
console.log(extractEntities(`It was bad. Forty-three, yes; forty-four, no.`).map(e=>e.text));
