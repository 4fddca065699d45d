"""GUI-free core: domain types, rules, the store and the send engine."""
