class Solution:
    def alienOrder(self, words: List[str]) -> str:
        after = {c: set() for word in words for c in word}
        for first, second in itertools.pairwise(words):
            for a, b in zip(first, second, strict=False):
                if a != b:  # the first difference is the only thing the pair tells
                    after[a].add(b)
                    break
            else:
                if len(first) > len(second):  # a word listed after its own prefix
                    return ""
        waiting = {c: 0 for c in after}
        for c in after:
            for d in after[c]:
                waiting[d] += 1
        order = [c for c in after if waiting[c] == 0]
        for c in order:  # the list grows while it is read: a queue
            for d in after[c]:
                waiting[d] -= 1
                if waiting[d] == 0:
                    order.append(d)
        return "".join(order) if len(order) == len(after) else ""
