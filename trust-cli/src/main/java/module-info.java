/** The {@code trust} command. */
module org.propertytrust.cli {
  requires org.propertytrust.core;
  requires org.propertytrust.rules;
  requires org.propertytrust.json;
  requires org.propertytrust.scenario;
  requires info.picocli;
  requires static org.jspecify;

  opens org.propertytrust.cli to
      info.picocli;
}
