/* The subcommands of velferd, one line each, in the order --help lists them:
 *   VT_COMMAND(name, function, summary)
 * To add a command: write cmd_NAME.c defining `int cmd_NAME(int argc, char **argv)`,
 * add its line here and a test tests/test_NAME.sh (CONTRIBUTING.md,
 * "Adding a velferd subcommand"). */
VT_COMMAND(calc, cmd_calc, "compute the assistance for one client, with the explanation")
VT_COMMAND(batch, cmd_batch, "compute the assistance for every client of a CSV file")
VT_COMMAND(synth, cmd_synth, "write a synthetic register (default city profile)")
VT_COMMAND(indicators, cmd_indicators, "print the indicator tables of a register directory")
VT_COMMAND(network, cmd_network, "compare published figures of a network of municipalities (index 100)")
VT_COMMAND(report, cmd_report, "write an HTML report with tables and charts")
VT_COMMAND(kostra, cmd_kostra, "check KOSTRA 11F/11CF files, their indicators, write 11F")
VT_COMMAND(params, cmd_params, "show the parameters in force and their sources")
VT_COMMAND(compare, cmd_compare, "compare a baseline and a what-if scenario over a register")
VT_COMMAND(test, cmd_test, "run test cases written as data (JSON) and report pass/fail")
