class Solution:
    def coinChange(self, coins: List[int], amount: int) -> int:
        level = [0]
        seen = {0}
        steps = 0
        while level:
            steps += 1
            nxt = []
            for total in level:
                for c in coins:
                    t = total + c
                    if t == amount:
                        return steps
                    if t < amount and t not in seen:
                        seen.add(t)
                        nxt.append(t)
            level = nxt
        return -1
