"""Receipt lookup for participants: is my code here, and when were my answers saved? No Textual.

Nothing here opens the sealed answers: the store keeps each receipt's survey and times in clear.
"""
