package no.velferd;

/**
 * A failure reported by the velferd C library: the status code, the library's
 * message (naming the field, value or file line at fault), the field and the
 * line. Unchecked, like IllegalArgumentException; catch it where a case
 * handler can report the message.
 */
public class VelferdException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final Status status;
  private final int code;
  private final String field;
  private final int line;

  /** Called from the JNI layer. */
  public VelferdException(int code, String message, String field, int line) {
    super(message);
    this.code = code;
    Status s;
    try {
      s = Status.of(code);
    } catch (IllegalArgumentException e) {
      s = null; // a status newer than these bindings
    }
    this.status = s;
    this.field = field;
    this.line = line;
  }

  /** The status code (null only for a code newer than these bindings). */
  public Status getStatus() { return status; }

  /** The numeric status code (vf_status). */
  public int getCode() { return code; }

  /** Field, column or parameter at fault, "" if none. */
  public String getField() { return field; }

  /** 1-based line in a file or text, 0 if not from a file. */
  public int getLine() { return line; }
}
