import type { Rule } from "../rule.js";
import internalFinances from "./internal-finances.js";
import internalIncidents from "./internal-incidents.js";
import notPublicYet from "./not-public-yet.js";
import passingDocuments from "./passing-documents.js";

export const rules: Rule[] = [notPublicYet, internalFinances, internalIncidents, passingDocuments];
