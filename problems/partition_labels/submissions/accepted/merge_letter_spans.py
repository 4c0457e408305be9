class Solution:
    def partitionLabels(self, s):
        # each letter spans from its first to its last place; merge overlapping spans
        spans = {}
        for i, c in enumerate(s):
            if c in spans:
                spans[c][1] = i
            else:
                spans[c] = [i, i]
        merged = []
        for a, b in sorted(spans.values()):
            if merged and a <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], b)
            else:
                merged.append([a, b])
        return [b - a + 1 for a, b in merged]
