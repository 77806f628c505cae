-- AlterTable
ALTER TABLE "Notification" ADD COLUMN     "awaitingServer" BOOLEAN NOT NULL DEFAULT false;
