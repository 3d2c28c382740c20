"""Reading text: cleaning, quotes, speakers, passages and parties. Pure functions, no model, no store."""
