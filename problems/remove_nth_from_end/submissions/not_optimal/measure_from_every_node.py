# walks n steps ahead from every node until the walk falls off the end: O(L * n), quadratic, fine for 30 nodes
class Solution:
    def removeNthFromEnd(self, head: Optional[ListNode], n: int) -> Optional[ListNode]:
        # for each node, walk n steps ahead to see whether it is the n-th from the end
        dummy = ListNode(0, head)
        prev = dummy
        while prev.next:
            probe = prev.next
            for _ in range(n):
                probe = probe.next
            if probe is None:
                prev.next = prev.next.next
                break
            prev = prev.next
        return dummy.next
