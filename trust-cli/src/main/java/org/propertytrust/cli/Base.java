package org.propertytrust.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import picocli.CommandLine;

/** What the subcommands share: the output streams, the root's options, the book's name. */
abstract class Base {
  private static final ThreadLocal<InputStream> STDIN = new ThreadLocal<>();

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.ParentCommand TrustCommand root;

  static void streams(InputStream in) {
    STDIN.set(in);
  }

  InputStream stdin() {
    InputStream in = STDIN.get();
    return in == null ? System.in : in;
  }

  PrintWriter out() {
    return spec.commandLine().getOut();
  }

  PrintWriter err() {
    return spec.commandLine().getErr();
  }

  Messages messages() {
    return Messages.forLang(root.lang);
  }

  /** Whether the command prints JSON. */
  boolean json() {
    return false;
  }

  /** The book the command reads, for messages. */
  String bookName() {
    return "the book";
  }
}
