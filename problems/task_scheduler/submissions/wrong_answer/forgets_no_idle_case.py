class Solution:
    def leastInterval(self, tasks: List[str], n: int) -> int:
        counts = Counter(tasks)
        top = max(counts.values())
        ties = sum(1 for v in counts.values() if v == top)
        return (top - 1) * (n + 1) + ties
