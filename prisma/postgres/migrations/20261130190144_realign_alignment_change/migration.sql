-- AlterEnum
ALTER TYPE "AlignmentChange" ADD VALUE 'realign';

