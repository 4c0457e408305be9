# nodes seen so far kept in a plain list and searched with `in`: O(n^2), the search running in C
class Solution:
    def hasCycle(self, head: Optional[ListNode]) -> bool:
        seen = []
        node = head
        while node:
            if node in seen:
                return True
            seen.append(node)
            node = node.next
        return False
