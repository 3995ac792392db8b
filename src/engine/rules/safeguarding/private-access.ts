// Getting a child or young person alone, or out of sight of the adults responsible for them
// (CCC-SMP §7.3.13, luring): an age or a group of young people, and a way round the people who
// look after them ("aged 13-15, training at my flat, keep it between us", "I'm 17 too, add my
// private account", "no need to sign them out with the workers"). luring.ts reads rewards and
// secrecy behind its own words; this rule reads ages written as ranges and the private-access
// shapes. Awareness posts and news of convictions are let through.
import { guard } from "../gate.js";
import { defineRule } from "../rule.js";

const AGES = ["10", "11", "12", "13", "14", "15", "16", "17"];
// An age under 18 or a group of young people.
const YOUNG = guard(
  /\b(?:aged (?:1[0-7]|[89])(?: ?(?:-|to|or) ?1[0-8])?|1[0-7](?: (?:or|to) | ?- ?)1[0-8]|1[0-7] ?(?:\+|yo|year olds?|yrs? olds?)|(?:older than|only|just turned) 1[0-7]|under ?1[0-8]s?|u1[0-8]s|teen(?:age|agers?|s)? (?:girls?|boys?|lads?)|teens|young carers|care leavers|lads in care|children'?s home|youth club|year [5-9]s|i'?m 1[3-7])\b/i,
  "aged + 10 11 12 13 14 15 16 17 8 9",
  `${AGES.join(" ")} + ${AGES.join(" ")} 18`,
  `older only turned + ${AGES.join(" ")}`,
  "10 11 12 13 14 15 16 17 + + yo year years yr yrs",
  AGES.flatMap((n) => ["yo", "year", "years", "yr", "yrs"].map((u) => n + u)).join(" "),
  "under + 10 11 12 13 14 15 16 17 18 10s 11s 12s 13s 14s 15s 16s 17s 18s",
  "under10 under11 under12 under13 under14 under15 under16 under17 under18 under10s under11s under12s under13s under14s under15s under16s under17s under18s",
  "u10s u11s u12s u13s u14s u15s u16s u17s u18s",
  "teen teenage teenager teenagers teens",
  "young + carers",
  "care + leavers",
  "lads + care",
  "children childrens + home",
  "youth + club",
  "year + 5s 6s 7s 8s 9s",
  "i im + 13 14 15 16 17",
);
// Out of sight: secrecy, a private place or channel, the carers cut out.
const PRIVATE =
  /\b(?:(?:keep it|just) between us|between (?:you and me|us)|don'?t tell (?:your|ur|his|her|their) (?:mum|mam|mom|dad|parents|social worker|support worker)|no need to (?:wait for|tell|ask|sign (?:them|her|him) out)|no dbs|alone with me|one to one|just me and (?:them|you|her|him)|(?:back|round|over) to mine|come round mine|at my (?:flat|house|place)|sneak (?:up|out|in)|private account|discretion|discreet|no questions asked|no questions(?=[ \t]*(?:[,.!\n]|$))|no paperwork|off their (?:support )?plans?|under 16 so|message me on snap|add me on|snap'?s? in my bio|we can meet|meet (?:up )?when you'?re out|sort you a lift|i'?ll (?:drive|collect|pick up) (?:them|you|her|him)|collect them from|no need for (?:your|their) (?:social worker|support worker|parents?))\b/i;
const AWARE =
  /\b(?:if (?:someone|anyone|a stranger|an adult)|warning signs?|signs of|grooming|report (?:it|them|this)|ceop|nspcc|childline|crimestoppers|stay safe|be aware|awareness|safeguarding|exploitation|county lines|police|arrested|jailed|convicted|sentenced)\b/i;

export default defineRule({
  meta: {
    id: "safeguarding/private-access",
    category: "safeguarding",
    severity: "block",
    clauses: ["CCC-SMP §7.3.13"],
    message:
      "This looks like luring: a young person drawn into private contact, out of sight of the adults responsible for them (“{{detail}}”).",
    suggestion:
      "Don't post or engage with it. Contact with children and young people goes through the service, never in private; report concerns to the Trust's safeguarding team, or call 999 if a child is in danger.",
    directions: ["outbound", "inbound"],
  },
  check(context) {
    const view = context.normalised.base;
    const t = view.text;
    const young = YOUNG.exec(t);
    if (!young) return;
    const hidden = PRIVATE.exec(t);
    if (!hidden || AWARE.test(t)) return;
    const { start, end } = view.toOriginal(hidden.index, hidden.index + hidden[0].length);
    context.report({ start, end, data: { detail: context.text.slice(start, end) } });
  },
});
