using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace BingelOuder.Data.Migrations
{
    /// <inheritdoc />
    public partial class ParentOverviewAndResultsFeed : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ExerciseResults_PracticeTaskId",
                table: "ExerciseResults");

            migrationBuilder.DropIndex(
                name: "IX_ExerciseResults_PupilId_FinishedAtUtc",
                table: "ExerciseResults");

            migrationBuilder.CreateTable(
                name: "ApiKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    SchoolId = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Hash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    CreatedByUserId = table.Column<string>(type: "TEXT", nullable: true),
                    LastUsedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    RevokedByUserId = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ApiKeys", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ApiKeys_Schools_SchoolId",
                        column: x => x.SchoolId,
                        principalTable: "Schools",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseResults_PracticeTaskId_PupilId",
                table: "ExerciseResults",
                columns: new[] { "PracticeTaskId", "PupilId" });

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseResults_PupilId_FinishedAtUtc_SubjectId_Correct_Total",
                table: "ExerciseResults",
                columns: new[] { "PupilId", "FinishedAtUtc", "SubjectId", "Correct", "Total" });

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_Hash",
                table: "ApiKeys",
                column: "Hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ApiKeys_SchoolId",
                table: "ApiKeys",
                column: "SchoolId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ApiKeys");

            migrationBuilder.DropIndex(
                name: "IX_ExerciseResults_PracticeTaskId_PupilId",
                table: "ExerciseResults");

            migrationBuilder.DropIndex(
                name: "IX_ExerciseResults_PupilId_FinishedAtUtc_SubjectId_Correct_Total",
                table: "ExerciseResults");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseResults_PracticeTaskId",
                table: "ExerciseResults",
                column: "PracticeTaskId");

            migrationBuilder.CreateIndex(
                name: "IX_ExerciseResults_PupilId_FinishedAtUtc",
                table: "ExerciseResults",
                columns: new[] { "PupilId", "FinishedAtUtc" });
        }
    }
}
