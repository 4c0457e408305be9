class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        # keep the addresses seen so far sorted and binary-search them
        seen = []
        while head:
            key = id(head)
            i = bisect_left(seen, key)
            if i < len(seen) and seen[i] == key:
                return True
            seen.insert(i, key)
            head = head.next
        return False
