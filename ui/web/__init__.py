"""The Gradio web app: one module per tab, with the views and handlers they share."""
