package org.propertytrust.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.JsonGeneratorDelegate;
import java.io.IOException;
import org.propertytrust.core.TrustException;

/**
 * A generator that refuses text which is not valid Unicode (an unpaired surrogate), which UTF-8
 * cannot encode: the writer must not produce a document the reader refuses.
 */
final class ValidText extends JsonGeneratorDelegate {
  ValidText(JsonGenerator g) {
    super(g, false);
  }

  @Override
  public void writeString(String text) throws IOException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        throw new TrustException(
            String.format(
                "text with an unpaired surrogate U+%04X cannot be written as UTF-8: %s",
                (int) c, Cursor.quote(text)));
      }
    }
    super.writeString(text);
  }
}
