class Solution:
    def mergeTriplets(self, triplets, target):
        usable = [t for t in triplets if all(a <= b for a, b in zip(t, target))]
        if not usable:
            return False
        return [max(col) for col in zip(*usable)] == list(target)
