/**
 * Reading and writing trust books in the {@code trust-book/1} JSON format (FORMAT.md).
 *
 * <ul>
 *   <li>{@link org.propertytrust.json.TrustBookReader} reads a book strictly (or leniently),
 *       reports every problem at once as {@link org.propertytrust.json.ReadProblem}s with JSON
 *       paths in one {@link org.propertytrust.json.BookReadException}, and never returns part of a
 *       book. Its limits are {@link org.propertytrust.json.ReadOptions}. A lenient read drops
 *       unknown fields with a warning each; {@code readWithWarnings} returns the book with them, as
 *       a {@link org.propertytrust.json.ReadResult}.
 *   <li>{@link org.propertytrust.json.BookStream} reads a large book in two passes: the header
 *       (every section but the entries) first, then the entries one at a time, in memory that does
 *       not grow with the number of entries.
 *   <li>{@link org.propertytrust.json.TrustBookWriter} writes a book deterministically; reading
 *       what it wrote gives an equal book.
 *   <li>{@link org.propertytrust.json.TrustModule} is the Jackson module for every core value.
 *   <li>{@link org.propertytrust.json.TrustBookFormat} names the format and returns its JSON
 *       Schema.
 * </ul>
 *
 * <pre>{@code
 * TrustBook book = TrustBookReader.strict().read(Path.of("maple-court.json"));
 *
 * try (BookStream stream = TrustBookReader.strict().open(System.in)) {
 *   TrustBook header = stream.header();
 *   stream.forEachEntry((index, entry) -> check(header, entry));
 * } catch (BookReadException e) {
 *   e.problems().forEach(p -> System.err.println(p.path() + ": " + p.message()));
 * }
 * }</pre>
 */
@NullMarked
package org.propertytrust.json;

import org.jspecify.annotations.NullMarked;
