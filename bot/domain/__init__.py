"""Pure domain rules, kept free of I/O and clocks so they can be tested exhaustively."""
