import smtplib
from email.message import EmailMessage

from fastapi import BackgroundTasks, FastAPI

app = FastAPI()


def send_welcome(address: str):
    message = EmailMessage()
    message["To"] = address
    message["Subject"] = "Welcome!"
    with smtplib.SMTP("mail.example.com", 587) as smtp:
        smtp.starttls()
        smtp.send_message(message)


@app.post("/subscribe")
async def subscribe(address: str, background_tasks: BackgroundTasks):
    background_tasks.add_task(send_welcome, address)
    return {"subscribed": address}
