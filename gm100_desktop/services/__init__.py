"""Use cases over the store (import an event, score, finalise, reopen), Qt-free, each taking a Session."""
