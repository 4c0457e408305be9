class Solution:
    def reverseList(self, head: Optional[ListNode]) -> Optional[ListNode]:
        prev = None
        node = head
        while node is not None:
            following = node.next
            node.next = prev
            prev = node
            node = following
        return prev
