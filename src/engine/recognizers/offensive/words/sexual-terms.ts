// Crude sexual words and explicit phrases: `explicit` entries make a post sexual-content on
// their own; `suggestive` ones only when two or more come together (see the sexual-content rule),
// so "improve your sex life", "check your boobs" and "sexual health clinic" stay clean.
import type { LexiconEntry } from "../lexicon.js";

export const EXPLICIT_TERMS: LexiconEntry[] = [
  { label: "blowjob", pattern: "(blow|hand|rim)~job(s)?" },
  { label: "cock", pattern: "cock(s)?" },
  { label: "cum", pattern: "(cum|cumming|cumshot|jizz|jizzed|spunk)" },
  { label: "hard-on", pattern: "(hard-on|hard-ons|hardon|hardons|boner|boners)" },
  { label: "tits", pattern: "(tits|titties|titty)" },
  { label: "nudes", pattern: "(nudes|nude (pic|pics|photo|photos|selfie|selfies|video|videos))" },
  { label: "dick pic", pattern: "(dick|cock)~pic(s)?" },
  { label: "porn", pattern: "porn(o|ography|hub|y)?" },
  { label: "OnlyFans", pattern: "only~fans" },
  { label: "wank", pattern: "wank(s|ed|ing)?" },
  { label: "pussy", pattern: "puss(y|ies)" },
  { label: "dildo", pattern: "(dildo|dildos|buttplug|butt plug|sex toy|sex toys|sex tape)" },
  { label: "deepthroat", pattern: "deep~throat(ing|ed)?" },
  { label: "threesome", pattern: "(threesome|threesomes|orgy|orgies|gangbang)" },
  { label: "doggy style", pattern: "dogg(y|ie)~style" },
  { label: "sexting", pattern: "sext(ing|ed)" },
  { label: "fuck me", pattern: "(fuck|shag) (me|her|him) senseless" },
];

export const SUGGESTIVE_TERMS: LexiconEntry[] = [
  { label: "sex", pattern: "sex" },
  { label: "sexy", pattern: "sexy" },
  { label: "horny", pattern: "horny" },
  { label: "naked", pattern: "(naked|nude|topless|undressed|undress)" },
  { label: "bent over", pattern: "bent (her|him|me|you)? ?over" },
  { label: "on all fours", pattern: "on all fours" },
  { label: "on your knees", pattern: "on (your|her|his|my|their) knees" },
  { label: "all night long", pattern: "all night long" },
  { label: "no strings", pattern: "no strings( fun| attached)?" },
  { label: "fit as", pattern: "fit as (fuck|hell|owt)" },
  { label: "aching jaw", pattern: "jaw('s|s| is)?( not)? (aching|achy|ache|hurting|sore)" },
  { label: "turned on", pattern: "(turned on|turns me on|turn me on|gagging for it)" },
  { label: "examine me", pattern: "(examine|inspect|check) me (out )?(any time|anytime|all over|in the)" },
  { label: "lingerie", pattern: "(lingerie|stockings and suspenders|suspenders)" },
  { label: "kinky", pattern: "(kinky|spank|spanking|spanked)" },
  { label: "clothes off", pattern: "(her|his|my|your|their|them) (clothes|kit|knickers|pants|bra|scrubs) off" },
  { label: "have her", pattern: "i'd (have|do|bang|smash) (her|him)" },
  { label: "squeal", pattern: "(moan|moaning|moaned)" },
];

/** Emojis used as sexual innuendo. Counted only alongside a suggestive or explicit word. */
export const SUGGESTIVE_EMOJI = /🥵|🍆|💦|🍑|😈|👅|🤤|😏/gu;
