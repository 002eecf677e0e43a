/**
 * The public JSON documents: what {@code --json} prints and what a server returns. Each is described key by key in
 * {@code docs/json.md} and has a JSON Schema (draft 2020-12) under {@code docs/schema/}, listed by
 * {@link org.parley.app.json.JsonDocument}. Keys are a public interface: a key may be added, never renamed or
 * removed. The tournament's files ({@code results.jsonl} lines, {@code tournament.json}) are written by
 * {@link org.parley.formats.tournament.ResultsJson} and {@link org.parley.formats.tournament.Manifest}.
 */
package org.parley.app.json;
