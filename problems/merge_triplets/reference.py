class Solution:
    def mergeTriplets(self, triplets: List[List[int]], target: List[int]) -> bool:
        # A triplet with any value above the target's can never be used: a merge only
        # raises values. Merging all the others is safe, so the target is reachable
        # exactly when each of its values appears, in its place, in one of them.
        matched = [False, False, False]
        for triplet in triplets:
            if all(v <= t for v, t in zip(triplet, target, strict=True)):
                for k in range(3):
                    if triplet[k] == target[k]:
                        matched[k] = True
        return all(matched)
