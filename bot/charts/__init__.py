"""Charts drawn off the event loop: plain data in, PNG bytes out, no display needed."""
