package org.propertytrust.scenario.format;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Prints a JSON tree deterministically: two-space indent, {@code \n} line ends, objects one field
 * per line, arrays of scalars on one line (a matrix row reads as a row), other arrays one element
 * per line. Scalars are printed by Jackson, so strings are escaped as JSON requires.
 */
final class JsonText {
  private JsonText() {}

  static String print(JsonNode tree) {
    StringBuilder out = new StringBuilder();
    print(tree, out, 0);
    return out.append('\n').toString();
  }

  private static void print(JsonNode node, StringBuilder out, int depth) {
    if (node.isObject()) {
      if (node.isEmpty()) {
        out.append("{}");
        return;
      }
      out.append("{\n");
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        indent(out, depth + 1);
        out.append(com.fasterxml.jackson.databind.node.TextNode.valueOf(field.getKey()));
        out.append(": ");
        print(field.getValue(), out, depth + 1);
        out.append(fields.hasNext() ? ",\n" : "\n");
      }
      indent(out, depth);
      out.append('}');
    } else if (node.isArray()) {
      if (node.isEmpty()) {
        out.append("[]");
        return;
      }
      boolean scalars = true;
      for (JsonNode element : node) {
        scalars &= element.isValueNode();
      }
      if (scalars) {
        out.append('[');
        for (int i = 0; i < node.size(); i++) {
          out.append(i == 0 ? "" : ", ").append(node.get(i).toString());
        }
        out.append(']');
        return;
      }
      out.append("[\n");
      for (int i = 0; i < node.size(); i++) {
        indent(out, depth + 1);
        print(node.get(i), out, depth + 1);
        out.append(i + 1 < node.size() ? ",\n" : "\n");
      }
      indent(out, depth);
      out.append(']');
    } else {
      out.append(node.toString());
    }
  }

  private static void indent(StringBuilder out, int depth) {
    for (int i = 0; i < depth; i++) {
      out.append("  ");
    }
  }
}
