# A guard against runaway patterns (catastrophic backtracking takes minutes), not a
# speed target: shared CI machines are noisy, and bench/ measures speed properly.
SLOW_INPUT_LIMIT = 5.0
