import { startApp } from './app';
import { cliArguments, runCommandLine } from './cli';

const cli = cliArguments(process.argv);
if (cli) void runCommandLine(__dirname, cli);
else startApp(__dirname);
