class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks).values()
        top = max(counts)
        tied = sum(1 for c in counts if c == top)
        # top - 1 full rounds of n + 1 units, then one run of each letter tied at the top;
        # with more letters than the idle units can hold, no unit is idle at all
        return max(len(tasks), (top - 1) * (n + 1) + tied)
