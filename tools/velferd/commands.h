/* The subcommands of velferd, one line each: VT_COMMAND(name, function, summary).
 * To add a command: write cmd_NAME.c defining `int cmd_NAME(int argc, char **argv)`
 * and add its line here (CONTRIBUTING.md, "Adding a velferd subcommand"). */
VT_COMMAND(batch, cmd_batch, "compute the assistance for every client of a CSV file")
VT_COMMAND(calc, cmd_calc, "compute the assistance for one client, with the explanation")
VT_COMMAND(params, cmd_params, "show the parameters in force and their sources")
