@app.get("/slow")
async def slow():
    time.sleep(1.5)
    return requests.get("https://example.com").text
