/**
 * The King James Bible as the app ships it (assets/datasets/kjv/kjv.txt.gz):
 * one verse per line, lower-case words separated by single spaces, nothing
 * else. normaliseKjv turns the output of Debian's `bible` program into that
 * form (run once, by scripts/pack-datasets.ts); kjvSentences reads it back.
 */
import type { Sentences } from "./vocabulary";

/** "Ge1:1 In the beginning…", "1Sm3:4 …", "SSol2:1 …": the reference `bible -f` puts before each verse. */
const REFERENCE = /^\s*\d?[A-Za-z]+\d+:\d+\s+/;
/** A word: letters, possibly joined by hyphens (beth-el, maher-shalal-hash-baz). */
const WORD = /[a-z]+(?:-[a-z]+)*/g;

/** One verse as lower-case words: possessives lose their 's ("king's" → "king"), other apostrophes go. */
export function verseWords(verse: string): string[] {
  const text = verse.toLowerCase().replace(/'s\b/g, "").replace(/'/g, "");
  return text.match(WORD) ?? [];
}

/** The `bible -f gen1:1-rev22:21` dump (one referenced verse per line) as the packed text. */
export function normaliseKjv(dump: string): string {
  const lines: string[] = [];
  for (const line of dump.split(/\r?\n/)) {
    if (!REFERENCE.test(line)) continue;
    const words = verseWords(line.replace(REFERENCE, ""));
    if (words.length > 0) lines.push(words.join(" "));
  }
  return `${lines.join("\n")}\n`;
}

/** The packed text as sentences (one per verse). */
export function kjvSentences(text: string): Sentences {
  const sentences: string[][] = [];
  for (const line of text.split("\n")) if (line.length > 0) sentences.push(line.split(" "));
  return sentences;
}
