"""Learning from a crisis: the post-crisis review, the plan tasks it gives, review dates (learn).
"""
