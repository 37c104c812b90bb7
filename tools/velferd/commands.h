/* The subcommands of velferd, one line each, in the order --help lists them:
 *   VT_COMMAND(name, function)
 * To add a command: write cmd_NAME.c defining `int cmd_NAME(int argc, char **argv)`,
 * add its line here, its summary cmd.NAME to data/labels/cli.csv, its usage
 * text to data/labels/help.csv and a test tests/test_NAME.sh (CONTRIBUTING.md,
 * "Adding a velferd subcommand"). */
VT_COMMAND(calc, cmd_calc)
VT_COMMAND(batch, cmd_batch)
VT_COMMAND(synth, cmd_synth)
VT_COMMAND(indicators, cmd_indicators)
VT_COMMAND(network, cmd_network)
VT_COMMAND(report, cmd_report)
VT_COMMAND(kostra, cmd_kostra)
VT_COMMAND(params, cmd_params)
VT_COMMAND(compare, cmd_compare)
VT_COMMAND(test, cmd_test)
