package no.velferd;

import java.lang.ref.Cleaner;

/** Loads the JNI library and owns the Cleaner that frees handles nobody closed. */
final class NativeLoader {
  /** Releases native objects that became unreachable without close(). */
  static final Cleaner CLEANER = Cleaner.create();

  private static boolean loaded;

  private NativeLoader() {}

  /** Loads libvelferd_java from java.library.path, or from the file named by
   *  the system property velferd.library if it is set. */
  static synchronized void load() {
    if (loaded) return;
    String path = System.getProperty("velferd.library");
    if (path != null && !path.isEmpty()) System.load(path);
    else System.loadLibrary("velferd_java");
    loaded = true;
  }
}
