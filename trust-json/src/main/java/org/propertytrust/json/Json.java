package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.StreamWriteFeature;

/**
 * The JSON factories of the format: standard JSON only (no comments, no single quotes, no NaN, no
 * leading zeros), no source text in error locations, the limits of the read options; and for
 * writing, UTF-8 without escaping of non-ASCII text.
 */
final class Json {
  /** A factory for sources that bring their own parser (tokens already buffered). */
  static final JsonFactory BUFFERED = readFactory(ReadOptions.strict());

  private Json() {}

  static JsonFactory readFactory(ReadOptions options) {
    return JsonFactory.builder()
        .streamReadConstraints(options.constraints())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .disable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  static JsonFactory writeFactory() {
    return JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();
  }
}
