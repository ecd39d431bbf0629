package org.propertytrust.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Writes the files a command produces, and says in plain words why a file could not be written or
 * read: the folder does not exist, permission denied, it is a directory, a file of that name
 * exists, or else the system's reason.
 */
final class FileProblems {
  private FileProblems() {}

  /** Writes a file, or fails with a {@link CommandException} naming the file and the reason. */
  static void write(Path file, byte[] bytes) {
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      throw new CommandException(e, "error.write", file, reason(file, e));
    }
  }

  /** Creates a folder and its parents, or fails naming the folder and the reason. */
  static void createFolder(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new CommandException(e, "error.write", folder, reason(folder, e));
    }
  }

  /**
   * Runs a writer of another module, which reports a failure as an {@link UncheckedIOException},
   * and says why it failed.
   */
  static void writing(Path file, Runnable writer) {
    try {
      writer.run();
    } catch (UncheckedIOException e) {
      throw new CommandException(e, "error.write", file, reason(file, e.getCause()));
    }
  }

  /**
   * Runs a reader of another module, which reports a failure as an {@link UncheckedIOException},
   * and says why it failed.
   */
  static <T> T reading(Path file, Supplier<T> reader) {
    try {
      return reader.get();
    } catch (UncheckedIOException e) {
      throw new CommandException(e, "error.unreadable", file, readReason(file, e.getCause()));
    }
  }

  /**
   * Says why a file could not be read.
   *
   * @param file the file, or null for standard input
   * @param e what the system reported
   * @return the reason
   */
  static Text readReason(@Nullable Path file, IOException e) {
    if (e instanceof AccessDeniedException) {
      return new Text("io.denied");
    }
    if (e instanceof NoSuchFileException) {
      return new Text("error.noSuchFile");
    }
    if (file != null && Files.isDirectory(file)) {
      return new Text("io.isDirectory");
    }
    return systemReason(e);
  }

  /**
   * Says why a file could not be written.
   *
   * @param file the file
   * @param e what the system reported
   * @return the reason
   */
  static Text reason(Path file, IOException e) {
    if (e instanceof AccessDeniedException) {
      return new Text("io.denied");
    }
    Path absolute = file.toAbsolutePath();
    if (Files.isDirectory(absolute) && !(e instanceof FileAlreadyExistsException)) {
      return new Text("io.isDirectory");
    }
    for (Path p = absolute.getParent(); p != null; p = p.getParent()) {
      if (Files.exists(p)) {
        if (!Files.isDirectory(p)) {
          return new Text("io.notAFolder", p);
        }
        break;
      }
    }
    if (e instanceof FileAlreadyExistsException) {
      return new Text("io.fileExists");
    }
    Path parent = absolute.getParent();
    if (e instanceof NoSuchFileException && parent != null) {
      Path shown = file.getParent() == null ? parent : file.getParent();
      return Files.isDirectory(parent)
          ? new Text("io.cannotCreate", shown)
          : new Text("io.noFolder", shown);
    }
    return systemReason(e);
  }

  private static Text systemReason(IOException e) {
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return new Text("io.other", f.getReason());
    }
    String message = e.getMessage();
    return new Text("io.other", message == null ? e.getClass().getSimpleName() : message);
  }
}
