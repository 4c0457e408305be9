# inserts each node of list2 into list1 by walking from the head: O(n^2), fine for 50 + 50 nodes
class Solution:
    def mergeTwoLists(self, list1: Optional[ListNode], list2: Optional[ListNode]) -> Optional[ListNode]:
        # insert the nodes of list2 into list1 one by one, each time searching from the head
        head = list1
        while list2:
            node, list2 = list2, list2.next
            if head is None or node.val < head.val:
                node.next = head
                head = node
                continue
            prev = head
            while prev.next and prev.next.val <= node.val:
                prev = prev.next
            node.next = prev.next
            prev.next = node
        return head
