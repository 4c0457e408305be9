class Solution {
    public Node copyRandomList(Node head) {
        if (head == null) return null;
        for (Node n = head; n != null; n = n.next.next) {
            Node c = new Node(n.val);
            c.next = n.next;
            n.next = c;
        }
        for (Node n = head; n != null; n = n.next.next) {
            if (n.random != null) n.next.random = n.random.next;
        }
        Node copyHead = head.next;
        for (Node n = head; n != null; n = n.next) {
            Node c = n.next;
            n.next = c.next;
            if (c.next != null) c.next = c.next.next;
        }
        return copyHead;
    }
}
