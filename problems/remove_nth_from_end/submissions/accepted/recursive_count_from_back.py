class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        def walk(node):
            # returns (position of node counted from the back, the list from node on)
            if node is None:
                return 0, None
            pos, rest = walk(node.next)
            pos += 1
            if pos == n:
                return pos, rest
            node.next = rest
            return pos, node

        return walk(head)[1]
