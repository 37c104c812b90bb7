package no.velferd;

import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.Cleaner;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Locale;

/**
 * Loads the JNI library and owns the Cleaner that frees handles nobody closed.
 * The library comes from, in this order:
 * <ol>
 * <li>the file named by the system property {@code velferd.library};</li>
 * <li>the jar itself: the resource {@code /no/velferd/native/OS-ARCH/libvelferd_java.so}
 *     (linked statically to libvelferd), copied once per JVM into a new
 *     temporary directory only its owner can read, both deleted at exit, as
 *     sqlite-jdbc does;</li>
 * <li>{@code java.library.path} ({@code System.loadLibrary("velferd_java")}),
 *     for a platform the jar carries no library for.</li>
 * </ol>
 */
final class NativeLoader {
  /** Releases native objects that became unreachable without close(). */
  static final Cleaner CLEANER = Cleaner.create();

  private static final String NAME = "velferd_java";
  private static String loadedFrom;

  private NativeLoader() {}

  /** Loads the library once; later calls return at once. */
  static synchronized void load() {
    if (loadedFrom != null) return;
    String path = System.getProperty("velferd.library");
    if (path != null && !path.isEmpty()) {
      System.load(path);
      loadedFrom = path;
      return;
    }
    String resource = resourcePath();
    try (InputStream in = NativeLoader.class.getResourceAsStream(resource)) {
      if (in != null) {
        Path file = extract(in);
        System.load(file.toString());
        loadedFrom = file.toString();
        return;
      }
    } catch (IOException e) {
      UnsatisfiedLinkError err = new UnsatisfiedLinkError(
          "velferd: cannot extract " + resource + " from the jar: " + e.getMessage());
      err.initCause(e);
      throw err;
    }
    System.loadLibrary(NAME);
    loadedFrom = "java.library.path";
  }

  /** Where the library was loaded from: a file, or "java.library.path"; null before load(). */
  static synchronized String loadedFrom() {
    return loadedFrom;
  }

  /** The jar resource of the library for this platform. */
  static String resourcePath() {
    return "/no/velferd/native/" + platform() + "/" + System.mapLibraryName(NAME);
  }

  /** "linux-x86_64", "linux-aarch64", "macos-aarch64", ... (bindings/java/CMakeLists.txt uses the same names). */
  static String platform() {
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (os.startsWith("linux")) os = "linux";
    else if (os.startsWith("mac")) os = "macos";
    else if (os.startsWith("windows")) os = "windows";
    else os = os.replaceAll("[^a-z0-9]", "");
    String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
    if (arch.equals("amd64") || arch.equals("x86_64")) arch = "x86_64";
    else if (arch.equals("arm64") || arch.equals("aarch64")) arch = "aarch64";
    return os + "-" + arch;
  }

  /** Copies the library into a new owner-only temporary directory. */
  private static Path extract(InputStream in) throws IOException {
    Path dir;
    if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      FileAttribute<?> owner = PosixFilePermissions.asFileAttribute(
          PosixFilePermissions.fromString("rwx------"));
      dir = Files.createTempDirectory("velferd-", owner);
    } else {
      dir = Files.createTempDirectory("velferd-");
    }
    Path file = dir.resolve(System.mapLibraryName(NAME));
    // Deleted in reverse order of registration: the file, then the directory.
    dir.toFile().deleteOnExit();
    file.toFile().deleteOnExit();
    Files.copy(in, file);
    return file;
  }
}
