// Entry point of the planreports command line; commands are registered in Commands/.
return 0;
