/* Pieces every part of the HTML report (cmd_report.c, report_*.c) writes. */
#ifndef VELFERD_CLI_REPORT_HTML_H
#define VELFERD_CLI_REPORT_HTML_H

#include <stdio.h>

/* s with & < > " written as HTML entities. */
void vt_html_esc(FILE *f, const char *s);

#endif
